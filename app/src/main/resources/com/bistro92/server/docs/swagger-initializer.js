// Bistro92's start-up for Swagger UI, in place of the WebJar's own (which loads the Petstore from the
// internet). A file, not an inline script: the page's Content-Security-Policy allows scripts from this
// server only. No validator (it would send the description to validator.swagger.io), no description
// named in the address (?url= would make the page show and call another API), and no top bar to type
// one in.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,
    queryConfigEnabled: false,
    showExtensions: true,
    displayOperationId: false,
    docExpansion: "list",
    defaultModelsExpandDepth: 0,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout"
  });
});
