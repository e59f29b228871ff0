/**
 * Photo-like pictures for the benchmarks: a phone camera's size (2400×1600 JPEG), soft colour fields with grain,
 * so they compress like photographs rather than flat graphics. Deterministic per seed.
 */
import sharp from 'sharp'

function random(seed: number) {
  let s = seed >>> 0
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32)
}

export async function benchPhoto(seed: number, [width, height] = [2400, 1600]): Promise<Buffer> {
  const rnd = random(seed * 7919 + 1)
  const field = Buffer.from(Array.from({ length: 12 * 8 * 3 }, () => Math.round(30 + rnd() * 200)))
  const grain = Buffer.from(Array.from({ length: width * height }, () => Math.round(rnd() * 255)))
  const noise = await sharp(grain, { raw: { width, height, channels: 1 } }).blur(0.8).linear(0.5, 64).png().toBuffer()
  return sharp(field, { raw: { width: 12, height: 8, channels: 3 } })
    .resize(width, height, { kernel: 'cubic' })
    .composite([{ input: noise, blend: 'soft-light' }])
    .jpeg({ quality: 85 })
    .toBuffer()
}
