/**
 * GET /embed/:id and GET /embed?url=: the summary card of a stored article or of a publisher's
 * page (hosts on PAGE_HOSTS) as a server-rendered page for iframes, framable by any site (its own
 * security headers: src/http/page-headers.ts). GET /oembed: the oEmbed 1.0 endpoint that hands
 * consumers an iframe of that page, for our URLs and for the allowed pages themselves. A stored
 * article's card and oEmbed answer are served from the edge cache when it holds them, keyed by
 * their normalised options and the engine version; a page's analysis is edge-cached by itself.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { AnalysisOptions } from '../analysis/options'
import { EDGE_TTL_SECONDS, embedEdgeKey, getAnalysis, oembedEdgeKey } from '../analysis/service'
import { ArticleId } from '../domain/article'
import { EXAMPLE_PAGE_URL } from '../domain/example-article'
import { jsonContent, problemResponses } from '../http/openapi'
import { embedPageHeaders, pagePolicy } from '../http/page-headers'
import { Problem } from '../http/problem'
import { throwOnInvalid } from '../http/validation'
import { MAX_URL_LENGTH, PageFetchError } from '../fetch'
import { allowedPageUrl, getPageAnalysis } from '../pages/page-analysis'
import { edgeCached } from '../storage/edge-cache'
import {
  DEFAULT_SENTENCES,
  MAX_SENTENCES,
  MIN_SENTENCES,
  THEMES,
  parseShow,
} from '../widget/card-model'
import { EMBED_PAGE_CSS, renderEmbedPage } from '../widget/embed-page'
import {
  CACHE_AGE_SECONDS,
  embedUrl,
  oembedResponse,
  parseOurUrl,
  type OurUrl,
} from '../widget/oembed'
import type { Analysis } from '../widget/types'

export const embed = new OpenAPIHono<{ Bindings: Env }>({ defaultHook: throwOnInvalid })

const EMBED_CACHE_CONTROL = 'public, max-age=300'

const Sentences = z.coerce.number().int().min(MIN_SENTENCES).max(MAX_SENTENCES)

embed.use('/embed', embedPageHeaders)
embed.use('/embed/*', embedPageHeaders)

/** The analysis a card shows: a stored article's (KV, cached) or an allowed page's (edge cache). */
async function cardAnalysis(
  c: Context<{ Bindings: Env }>,
  target: OurUrl['target'],
  sentences: number,
): Promise<Analysis> {
  const ctx = c.executionCtx
  if ('id' in target) return getAnalysis(c.env, target.id, { sentences })
  const answer = await getPageAnalysis(c.env, {
    url: target.page,
    options: AnalysisOptions.parse({ sentences }),
    origin: new URL(c.req.url).origin,
    waitUntil: (promise) => {
      ctx.waitUntil(promise)
    },
  })
  return JSON.parse(answer.body) as Analysis
}

const CARD_PAGE = {
  description: 'The card page.',
  content: {
    'text/html': {
      schema: z.string().openapi({
        example:
          '<!doctype html><html lang="en"><head><title>Kelby council approves ferry route to Marrow Island · precis</title>…</head><body><article class="card" data-theme="auto">…</article></body></html>',
      }),
    },
  },
}

const EmbedQuery = z.object({
  theme: z.enum(THEMES).default('auto'),
  sentences: Sentences.default(DEFAULT_SENTENCES),
  show: z.string().max(100).optional().openapi({
    description: 'Any of summary, quotes, entities, comma- or space-separated (default all).',
  }),
})

async function renderCard(
  c: Context<{ Bindings: Env }>,
  target: OurUrl['target'],
  query: z.infer<typeof EmbedQuery>,
): Promise<Response> {
  const analysis = await cardAnalysis(c, target, query.sentences)
  const origin = new URL(c.req.url).origin
  // The canonical page URL, so that every spelling of the same options names one page.
  const theme = query.theme === 'auto' ? undefined : query.theme
  const oembedUrl = new URL('/oembed', origin)
  oembedUrl.searchParams.set('url', embedUrl(origin, target, theme, query.sentences))
  oembedUrl.searchParams.set('format', 'json')
  c.header(
    'content-security-policy',
    await pagePolicy({ style: EMBED_PAGE_CSS, frameAncestors: '*' }),
  )
  c.header('cache-control', EMBED_CACHE_CONTROL)
  const options = { theme: query.theme, show: parseShow(query.show), oembedUrl: oembedUrl.href }
  return c.html(renderEmbedPage(analysis, options), 200)
}

async function embedPage(
  c: Context<{ Bindings: Env }>,
  target: OurUrl['target'],
  query: z.infer<typeof EmbedQuery>,
): Promise<Response> {
  if (!('id' in target)) return renderCard(c, target, query)
  const { theme, sentences } = query
  const key = embedEdgeKey(new URL(c.req.url).origin, target.id, {
    theme,
    sentences,
    show: parseShow(query.show),
  })
  const spec = { key, ttlSeconds: EDGE_TTL_SECONDS, ctx: c.executionCtx }
  const { response } = await edgeCached(caches.default, spec, () => renderCard(c, target, query))
  return response
}

embed.openapi(
  createRoute({
    method: 'get',
    path: '/embed/{id}',
    summary: 'Summary card page for an iframe',
    description:
      'Server-rendered, no script. Any site may frame it (frame-ancestors *). Carries the oEmbed discovery link.',
    request: {
      params: z.object({ id: ArticleId.openapi({ param: { name: 'id', in: 'path' } }) }),
      query: EmbedQuery,
    },
    responses: {
      200: CARD_PAGE,
      ...problemResponses(400, 404),
    },
  }),
  (c) => embedPage(c, { id: c.req.valid('param').id }, c.req.valid('query')),
)

embed.openapi(
  createRoute({
    method: 'get',
    path: '/embed',
    summary: 'Summary card page of a publisher’s page, for an iframe',
    description:
      'As /embed/{id}, for the page at `url` (its host on PAGE_HOSTS), fetched, extracted and analysed as GET /v1/pages/analysis does.',
    request: {
      query: EmbedQuery.extend({
        url: z
          .string()
          .min(1)
          .max(MAX_URL_LENGTH)
          .openapi({ description: 'The page’s address.', example: EXAMPLE_PAGE_URL }),
      }),
    },
    responses: {
      200: CARD_PAGE,
      ...problemResponses(400, 403, 404, 413, 415, 422, 502, 504),
    },
  }),
  (c) => {
    const { url, ...query } = c.req.valid('query')
    return embedPage(c, { page: url }, query)
  },
)

/** A publisher's page this deployment may fetch, as an oEmbed target; else 404 (not ours). */
function publisherPage(env: Env, url: string): OurUrl {
  try {
    return { target: { page: allowedPageUrl(env, url) } }
  } catch (error) {
    if (!(error instanceof PageFetchError)) throw error
    throw new Problem('not-found', 'The url is not an article page of this provider.')
  }
}

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
      'Accepts our URLs, <origin>/embed/{id} and <origin>/embed?url= (theme and sentences carried over) and <origin>/v1/articles/{id}, and the address of a page on a PAGE_HOSTS host.',
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
      ...problemResponses(400, 404, 413, 415, 422, 501, 502, 504),
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
    const ours = target ?? publisherPage(c.env, url)
    const sentences = ours.sentences ?? DEFAULT_SENTENCES
    const answer = async () => {
      const analysis = await cardAnalysis(c, ours.target, sentences)
      c.header('cache-control', `public, max-age=${CACHE_AGE_SECONDS}`)
      return c.json(
        oembedResponse(analysis, {
          origin,
          ...('page' in ours.target ? { page: ours.target.page } : {}),
          ...(maxwidth === undefined ? {} : { maxwidth }),
          ...(maxheight === undefined ? {} : { maxheight }),
          ...(ours.theme ? { theme: ours.theme } : {}),
          ...(ours.sentences === undefined ? {} : { sentences: ours.sentences }),
        }),
        200,
      )
    }
    if (!('id' in ours.target)) return answer()
    const key = oembedEdgeKey(origin, {
      id: ours.target.id,
      sentences,
      ...(ours.theme ? { theme: ours.theme } : {}),
      ...(maxwidth === undefined ? {} : { maxwidth }),
      ...(maxheight === undefined ? {} : { maxheight }),
    })
    const spec = { key, ttlSeconds: EDGE_TTL_SECONDS, ctx: c.executionCtx }
    const { response } = await edgeCached(caches.default, spec, answer)
    return response
  },
)
