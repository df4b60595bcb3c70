// http_ece (web-push's own encryption library) ships no types; only decrypt is used, by the fake push service.
declare module 'http_ece' {
  const ece: { decrypt(buffer: Buffer, params: { version: 'aes128gcm'; privateKey: import('node:crypto').ECDH; authSecret: string }): Buffer };
  export default ece;
}
