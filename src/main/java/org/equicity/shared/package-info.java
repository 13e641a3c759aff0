/** Building blocks every module uses: localised text, web layout support and API error handling. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.equicity.shared;
