/* Renders the server's OpenAPI document; "Try it out" calls the API with the browser's own session. */
window.addEventListener('load', function () {
    'use strict';
    window.ui = SwaggerUIBundle({
        url: '/openapi?format=JSON',
        dom_id: '#swagger-ui',
        deepLinking: true,
        presets: [SwaggerUIBundle.presets.apis],
        layout: 'BaseLayout'
    });
});
