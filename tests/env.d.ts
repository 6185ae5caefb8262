// Vite features the tests use inside workerd, which has no file system: ?raw imports of a file's
// text, and import.meta.glob to read every sample article.
declare module '*?raw' {
  const text: string
  export default text
}

interface ImportMeta {
  glob<T>(
    pattern: string,
    options: { query: string; import: string; eager: true },
  ): Record<string, T>
}
