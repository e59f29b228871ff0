import type { Endpoint } from 'payload'
import { isStaffUser } from '../access/roles'
import { requestBuild } from './queue'

/** POST /api/site-builds/rebuild — the admin's "rebuild now" button (staff only). */
export const rebuildEndpoint: Endpoint = {
  path: '/rebuild',
  method: 'post',
  handler: async (req) => {
    if (!isStaffUser(req.user)) return Response.json({ error: '只有管理员和编辑可以重新发布网站' }, { status: 403 })
    const user = req.user as { email?: string; name?: string }
    const id = await requestBuild(req.payload, { action: '手动重新发布', by: user.name || user.email }, { immediate: true })
    return Response.json({ id, message: '已加入发布队列' }, { status: 202 })
  },
}
