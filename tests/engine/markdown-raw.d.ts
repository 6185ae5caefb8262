// Vite's ?raw imports of Markdown files: the file's text (workerd has no file system).
declare module '*.md?raw' {
  const text: string
  export default text
}
