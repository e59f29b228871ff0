/** A Payload endpoint's `path` for one of content-types' apiRoutes: Payload mounts custom endpoints under /api. */
export const endpointPath = (route: string) => {
  if (!route.startsWith('/api/')) throw new Error(`不是 /api 下的路由：${route}`)
  return route.slice('/api'.length).split('?')[0]!
}
