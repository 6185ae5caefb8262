/**
 * Where the Workers static assets (public/, `[assets]` in wrangler.toml) are served. Shared by the
 * Worker, which links them from /docs, and scripts/prepare-assets.ts, which fills the folder.
 */

/** @hono/swagger-ui links `<base>/swagger-ui-dist/swagger-ui-bundle.js` and `…/swagger-ui.css`. */
export const SWAGGER_UI_BASE = '/docs'

/** Swagger UI's script and stylesheet, copied from node_modules/swagger-ui-dist. */
export const SWAGGER_UI_PATH = `${SWAGGER_UI_BASE}/swagger-ui-dist`
