import QRCode from 'qrcode'

/** A QR code as inline SVG markup (built at build time; no script on the page). */
export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } })
  // Give the image an accessible name; qrcode's own markup has none.
  return svg.replace('<svg ', `<svg role="img" aria-label="${label.replace(/[<>"&]/g, '')}" `)
}
