/**
 * The static server of `npm run search:eval -- --browser`, in a process of its own (the evaluation's process
 * holds every page's text and stock Pagefind's runtime; its garbage collection must not delay responses):
 * the built site exactly as `npm run serve:site` serves it, plus a stock Pagefind bundle under /pagefind/
 * and a bare page to run it on (/__stock/: no CSP, Pagefind compiles WebAssembly).
 *   node --import tsx eval-server.ts <dist> <stock bundle dir or ''>  → prints the URL, serves until killed
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import sirv from 'sirv'
import { createSiteServer } from '../serve-site'

const [dist, bundle] = process.argv.slice(2)
const site = createSiteServer(dist)
const stockFiles = bundle ? sirv(bundle, { dev: false, etag: true }) : null
const server = http.createServer((req, res) => {
  if (stockFiles && req.url?.startsWith('/__stock/')) {
    res.setHeader('content-type', 'text/html; charset=utf-8')
    res.end('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>stock</title></head><body></body></html>')
    return
  }
  if (stockFiles && req.url?.startsWith('/pagefind/'))
    return stockFiles(req, res, () => {
      res.statusCode = 404
      res.end()
    })
  site.emit('request', req, res)
})
server.listen(0, '127.0.0.1', () => console.log(`http://127.0.0.1:${(server.address() as AddressInfo).port}`))
