/** Building blocks every module uses: localised text, web layout support and API error handling. */
@ApplicationModule(
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package org.equicity.shared;

import org.springframework.modulith.ApplicationModule;
