// Vite's `?raw` suffix imports a file's text (used to read the sample articles in tests).
declare module '*?raw' {
  const text: string
  export default text
}
