/**
 * Pieces the route definitions share in the OpenAPI document: the problem schema and the error
 * responses, so each route lists the errors it can answer with in one line.
 */
import { z } from '@hono/zod-openapi'
import { PROBLEM_CONTENT_TYPE } from './problem'

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: '/docs#problem-not-found' }),
    title: z.string().openapi({ example: 'Not found' }),
    status: z.number().int().openapi({ example: 404 }),
    detail: z.string().openapi({ example: 'No article with id "nope".' }),
    instance: z.string().openapi({ example: '/v1/articles/nope' }),
    invalid: z
      .array(z.object({ name: z.string(), reason: z.string() }))
      .optional()
      .openapi({ description: 'The invalid fields, when the input failed validation.' }),
  })
  .openapi('Problem', {
    example: {
      type: '/docs#problem-validation-failed',
      title: 'Validation failed',
      status: 422,
      detail: 'body.title: must not be empty',
      instance: '/v1/articles/kelby-ferry-route',
      invalid: [{ name: 'body.title', reason: 'must not be empty' }],
    },
  })

const ERROR_DESCRIPTIONS = {
  400: 'Malformed JSON or an invalid path or query parameter.',
  401: 'Missing or wrong bearer token.',
  403: 'Writes are disabled (no ADMIN_TOKEN), or a page URL this deployment may not fetch.',
  404: 'No such article or route.',
  413: 'Request body over the size limit.',
  415: 'Wrong content type.',
  422: 'Well-formed input that fails validation.',
  429: 'Rate limit exceeded; see Retry-After.',
  501: 'The requested format is not implemented.',
  502: 'The page’s origin failed: unreachable, an error status, or too many redirects.',
  503: 'Storage is unavailable; retry after Retry-After seconds.',
  504: 'The page’s origin did not answer in time.',
} as const

type ErrorStatus = keyof typeof ERROR_DESCRIPTIONS

interface ProblemResponse {
  description: string
  content: Record<typeof PROBLEM_CONTENT_TYPE, { schema: typeof ProblemSchema }>
}

export function problemResponses<S extends ErrorStatus>(
  ...statuses: S[]
): Record<S, ProblemResponse> {
  const responses = {} as Record<S, ProblemResponse>
  for (const status of statuses) {
    responses[status] = {
      description: ERROR_DESCRIPTIONS[status],
      content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } },
    }
  }
  return responses
}

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
})
