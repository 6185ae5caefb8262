/**
 * Bytes shipped in the bundle as base64 text (the tagger's model, the gazetteer's filter), read by
 * the runtime's native decoder: `Uint8Array.fromBase64` where the runtime has it (workerd, current
 * browsers), Node's `Buffer` (a Uint8Array) under Node, else `atob` and a copy. The copy is a loop
 * over every byte that runs cold, in the interpreter, on an isolate's first request: it cost 5 to
 * 10 ms of CPU for the model, the native decoders under 1.
 */

interface Base64Runtime {
  /** TC39 proposal-arraybuffer-base64. */
  fromBase64?: (text: string) => Uint8Array
}

interface NodeBuffer {
  from: (text: string, encoding: 'base64') => Uint8Array
}

export function fromBase64(text: string): Uint8Array {
  const native = (Uint8Array as Base64Runtime).fromBase64
  if (native) return native(text)
  const buffer = (globalThis as { Buffer?: NodeBuffer }).Buffer
  if (buffer) return buffer.from(text, 'base64')
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}
