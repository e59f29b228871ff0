import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests run their own server beside a developer's (Next allows one dev server per distDir).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The shared package ships TypeScript source.
  transpilePackages: ['@lawpoint/content-types'],
  // Admin pages are dynamic; keep the build lean on a 2-core machine.
  productionBrowserSourceMaps: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
