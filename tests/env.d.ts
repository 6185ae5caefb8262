// Vite's ?raw imports: the file's text, used to read sample articles inside workerd.
declare module '*?raw' {
  const text: string
  export default text
}
