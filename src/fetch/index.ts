/**
 * Safe outbound fetching of web pages: the URL rules, the host allow-list and the fetch itself.
 * Free of Hono; src/http/problem.ts turns a PageFetchError into its HTTP answer.
 */
export { PageFetchError, type FetchRefusal } from './errors'
export { fetchPage, MAX_REDIRECTS, type FetchPageOptions, type FetchedPage } from './fetch-page'
export { parseHostList, type HostList } from './host-list'
export { checkUrl, MAX_URL_LENGTH } from './url-rules'
