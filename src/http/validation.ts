/**
 * Turns schema failures into problems. A JSON body that parses but breaks the schema is 422
 * (the request was understood, the article is wrong); a bad path or query parameter is 400.
 */
import type { Hook } from '@hono/zod-openapi'
import type { z } from '@hono/zod-openapi'
import { Problem, type InvalidField } from './problem'

const LOCATION: Record<string, string> = {
  json: 'body',
  query: 'query',
  param: 'path',
  header: 'header',
}

export function invalidFields(error: z.ZodError, location: string): InvalidField[] {
  return error.issues.map((issue) => ({
    name: [location, ...issue.path.map(String)].join('.'),
    reason: issue.message,
  }))
}

export const throwOnInvalid: Hook<unknown, { Bindings: Env }, string, unknown> = (result) => {
  if (result.success) return
  const location = LOCATION[result.target] ?? result.target
  const invalid = invalidFields(result.error, location)
  const summary = invalid.map((field) => `${field.name}: ${field.reason}`).join('; ')
  if (result.target === 'json') {
    throw new Problem('validation-failed', `The request body is not valid: ${summary}`, { invalid })
  }
  throw new Problem('bad-request', `Invalid ${location} parameter: ${summary}`, { invalid })
}
