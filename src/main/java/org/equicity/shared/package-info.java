/** Building blocks every module uses: localised text, web layout support and API error handling. */
@ApplicationModule(
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {})
@NullMarked
package org.equicity.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
