/**
 * GET /embed/:id: the summary card as a server-rendered page for iframes, framable by any site
 * (its own security headers: src/http/page-headers.ts). GET /oembed: the oEmbed 1.0 endpoint
 * that hands consumers an iframe of that page. Both are served from the edge cache when it holds
 * them, keyed by their normalised options and the engine version.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import { EDGE_TTL_SECONDS, embedEdgeKey, getAnalysis, oembedEdgeKey } from '../analysis/service'
import { ArticleId } from '../domain/article'
import { jsonContent, problemResponses } from '../http/openapi'
import { embedPageHeaders, pagePolicy } from '../http/page-headers'
import { Problem } from '../http/problem'
import { throwOnInvalid } from '../http/validation'
import { edgeCached } from '../storage/edge-cache'
import {
  DEFAULT_SENTENCES,
  MAX_SENTENCES,
  MIN_SENTENCES,
  THEMES,
  parseShow,
} from '../widget/card-model'
import { EMBED_PAGE_CSS, renderEmbedPage } from '../widget/embed-page'
import { CACHE_AGE_SECONDS, embedUrl, oembedResponse, parseOurUrl } from '../widget/oembed'

export const embed = new OpenAPIHono<{ Bindings: Env }>({ defaultHook: throwOnInvalid })

const EMBED_CACHE_CONTROL = 'public, max-age=300'

const Sentences = z.coerce.number().int().min(MIN_SENTENCES).max(MAX_SENTENCES)

embed.use('/embed/*', embedPageHeaders)

embed.openapi(
  createRoute({
    method: 'get',
    path: '/embed/{id}',
    summary: 'Summary card page for an iframe',
    description:
      'Server-rendered, no script. Any site may frame it (frame-ancestors *). Carries the oEmbed discovery link.',
    request: {
      params: z.object({ id: ArticleId.openapi({ param: { name: 'id', in: 'path' } }) }),
      query: z.object({
        theme: z.enum(THEMES).default('auto'),
        sentences: Sentences.default(DEFAULT_SENTENCES),
        show: z.string().max(100).optional().openapi({
          description: 'Any of summary, quotes, entities, comma- or space-separated (default all).',
        }),
      }),
    },
    responses: {
      200: {
        description: 'The card page.',
        content: {
          'text/html': {
            schema: z.string().openapi({
              example:
                '<!doctype html><html lang="en"><head><title>Kelby council approves ferry route to Marrow Island · precis</title>…</head><body><article class="card" data-theme="auto">…</article></body></html>',
            }),
          },
        },
      },
      ...problemResponses(400, 404),
    },
  }),
  async (c) => {
    const { id } = c.req.valid('param')
    const { theme, sentences, show } = c.req.valid('query')
    const sections = parseShow(show)
    const origin = new URL(c.req.url).origin
    const { response } = await edgeCached(
      caches.default,
      {
        key: embedEdgeKey(origin, id, { theme, sentences, show: sections }),
        ttlSeconds: EDGE_TTL_SECONDS,
        ctx: c.executionCtx,
      },
      async () => {
        const analysis = await getAnalysis(c.env, id, { sentences })
        // The canonical page URL, so that every spelling of the same options caches one page.
        const page = embedUrl(origin, id, theme === 'auto' ? undefined : theme, sentences)
        const oembedUrl = new URL('/oembed', origin)
        oembedUrl.searchParams.set('url', page)
        oembedUrl.searchParams.set('format', 'json')
        c.header(
          'content-security-policy',
          await pagePolicy({ style: EMBED_PAGE_CSS, frameAncestors: '*' }),
        )
        c.header('cache-control', EMBED_CACHE_CONTROL)
        return c.html(
          renderEmbedPage(analysis, { theme, show: sections, oembedUrl: oembedUrl.href }),
          200,
        )
      },
    )
    return response
  },
)

const OEmbed = z
  .object({
    type: z.literal('rich'),
    version: z.literal('1.0'),
    title: z.string(),
    provider_name: z.string(),
    provider_url: z.string(),
    cache_age: z.number().int(),
    html: z
      .string()
      .openapi({ description: 'An iframe of /embed/{id}, attribute values escaped.' }),
    width: z.number().int(),
    height: z.number().int(),
  })
  .openapi('OEmbed', {
    example: {
      type: 'rich',
      version: '1.0',
      title: 'Kelby council approves ferry route to Marrow Island',
      provider_name: 'precis',
      provider_url: 'http://localhost:8787/',
      cache_age: 3600,
      html: '<iframe src="http://localhost:8787/embed/kelby-ferry-route?theme=dark" width="560" height="655" title="Summary: Kelby council approves ferry route to Marrow Island" loading="lazy" frameborder="0" sandbox="allow-popups allow-popups-to-escape-sandbox"></iframe>',
      width: 560,
      height: 655,
    },
  })

embed.openapi(
  createRoute({
    method: 'get',
    path: '/oembed',
    summary: 'oEmbed 1.0 provider',
    description:
      'Accepts our URLs only: <origin>/embed/{id} (theme and sentences carried over) and <origin>/v1/articles/{id}.',
    request: {
      query: z.object({
        url: z
          .string()
          .min(1)
          .max(2048)
          .openapi({ example: 'http://localhost:8787/embed/kelby-ferry-route?theme=dark' }),
        maxwidth: z.coerce.number().int().min(1).optional(),
        maxheight: z.coerce.number().int().min(1).optional(),
        format: z.string().default('json').openapi({ description: 'Only json; xml is 501.' }),
      }),
    },
    responses: {
      200: jsonContent(OEmbed, 'A rich oEmbed response.'),
      ...problemResponses(400, 404, 501),
    },
  }),
  async (c) => {
    const { url, maxwidth, maxheight, format } = c.req.valid('query')
    if (format !== 'json') {
      throw new Problem('not-implemented', `Only format=json is offered, not ${format}.`)
    }
    const origin = new URL(c.req.url).origin
    let target
    try {
      target = parseOurUrl(url, origin)
    } catch {
      throw new Problem('bad-request', 'The url parameter is not an absolute URL.', {
        invalid: [{ name: 'query.url', reason: 'not an absolute URL' }],
      })
    }
    if (!target) throw new Problem('not-found', 'The url is not an article page of this provider.')
    const sentences = target.sentences ?? DEFAULT_SENTENCES
    const { response } = await edgeCached(
      caches.default,
      {
        key: oembedEdgeKey(origin, { ...target, sentences, maxwidth, maxheight }),
        ttlSeconds: EDGE_TTL_SECONDS,
        ctx: c.executionCtx,
      },
      async () => {
        const analysis = await getAnalysis(c.env, target.id, { sentences })
        c.header('cache-control', `public, max-age=${CACHE_AGE_SECONDS}`)
        return c.json(
          oembedResponse(analysis, {
            origin,
            ...(maxwidth === undefined ? {} : { maxwidth }),
            ...(maxheight === undefined ? {} : { maxheight }),
            ...(target.theme ? { theme: target.theme } : {}),
            ...(target.sentences === undefined ? {} : { sentences: target.sentences }),
          }),
          200,
        )
      },
    )
    return response
  },
)
