import type { PayloadRequest } from 'payload'
import { isStaffUser } from '../access/roles'
import { HttpError } from '../intake/http'

export function requireStaff(req: PayloadRequest) {
  if (!req.user) throw new HttpError(401, '请先登录管理后台')
  if (!isStaffUser(req.user)) throw new HttpError(403, '您无权执行此操作。')
}

/** Runs a staff-only answer: 401/403 with a Chinese message for anyone else, 500 logged and worded. */
export async function staffGuard(req: PayloadRequest, fn: () => Promise<Response>) {
  try {
    requireStaff(req)
    return await fn()
  } catch (error) {
    if (error instanceof HttpError) return Response.json({ message: error.message }, { status: error.status })
    req.payload.logger.error({ err: error, msg: `导出失败 ${req.url}` })
    return Response.json({ message: '导出失败，请稍后再试' }, { status: 500 })
  }
}

