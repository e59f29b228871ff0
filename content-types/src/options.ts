/**
 * Option lists shared by the CMS (select fields) and the site (labels, filters).
 * Values are stable English keys; labels are what people read.
 */
export type Option<V extends string = string> = { value: V; label: string }

const options = <V extends string>(list: readonly Option<V>[]) => list

export const roles = options([
  { value: 'admin', label: '管理员' },
  { value: 'editor', label: '编辑（宣传干事）' },
  { value: 'volunteer', label: '志愿者' },
  { value: 'liaison', label: '信息采集点联络员' },
] as const)
export type Role = (typeof roles)[number]['value']

/** What a staff member did to a submission (the audit log). */
export const auditActions = options([
  { value: 'create', label: '新建' },
  { value: 'update', label: '修改' },
  { value: 'delete', label: '删除' },
] as const)
export type AuditAction = (typeof auditActions)[number]['value']

export const newsCategories = options([
  { value: 'work', label: '工作动态' },
  { value: 'legislation', label: '立法资讯' },
  { value: 'education', label: '普法宣传' },
  { value: 'notice', label: '通知公告' },
] as const)

export const lectureKinds = options([
  { value: 'lecture', label: '普法讲座' },
  { value: 'forum', label: '立法讲坛' },
] as const)

export const lectureStates = options([
  { value: 'scheduled', label: '按期举行' },
  { value: 'cancelled', label: '已取消' },
  { value: 'finished', label: '已结束' },
] as const)
export type LectureState = (typeof lectureStates)[number]['value']

export const squareKinds = options([
  { value: 'constitution', label: '宪法广场' },
  { value: 'rule-of-law', label: '法治广场' },
] as const)

export const legislatureLevels = options([
  { value: 'national', label: '国家' },
  { value: 'provincial', label: '省' },
  { value: 'municipal', label: '市' },
] as const)

export const draftKinds = options([
  { value: 'law', label: '法律草案' },
  { value: 'regulation', label: '法规草案' },
  { value: 'plan', label: '立法规划 / 计划' },
] as const)

export const consultationStates = options([
  { value: 'upcoming', label: '未开始' },
  { value: 'open', label: '征集中' },
  { value: 'closed', label: '已截止' },
] as const)
export type ConsultationState = (typeof consultationStates)[number]['value']

export const collectionPointKinds = options([
  { value: 'collection-point', label: '立法信息采集点' },
  { value: 'liaison-unit', label: '立法联系单位' },
  { value: 'deputy-room', label: '人大代表联络室' },
] as const)

/** The subject areas the district plan groups opinions by. */
export const subjectAreas = options([
  { value: 'economy', label: '经济发展' },
  { value: 'urban', label: '城乡建设' },
  { value: 'environment', label: '生态环保' },
  { value: 'livelihood', label: '民生改善' },
  { value: 'culture', label: '社会文化建设' },
  { value: 'governance', label: '社会治理' },
  { value: 'rule-of-law', label: '政法工作' },
] as const)

/**
 * Where a recap (活动回顾) stands in its review: a volunteer writes it and submits it, an editor returns it with a
 * comment or publishes it. Only those actions change it (cms/src/collections/Recaps/review.ts).
 */
export const reviewStates = options([
  { value: 'writing', label: '撰写中' },
  { value: 'submitted', label: '已提交审核' },
  { value: 'returned', label: '退回修改' },
  { value: 'published', label: '已发布' },
] as const)
export type ReviewState = (typeof reviewStates)[number]['value']

export const labelOf = (list: readonly Option[], value: string | null | undefined): string =>
  list.find((o) => o.value === value)?.label ?? value ?? ''

/** A list's values as a non-empty tuple, for z.enum. */
export const valuesOf = <T extends readonly { value: string }[]>(list: T) =>
  list.map((o) => o.value) as unknown as [T[number]['value'], ...T[number]['value'][]]

export const opinionKinds = options([
  { value: 'consultation', label: '法律法规草案意见' },
  { value: 'legislative-work', label: '对立法工作的意见建议' },
  { value: 'law-application', label: '法律实施中的问题（立法后评估）' },
  { value: 'governance', label: '社会治理问题' },
] as const)
export type OpinionKind = (typeof opinionKinds)[number]['value']

export const submitterIdentities = options([
  { value: 'resident', label: '居民' },
  { value: 'enterprise', label: '企业' },
  { value: 'lawyer', label: '律师' },
  { value: 'deputy', label: '人大代表' },
  { value: 'official', label: '机关事业单位工作人员' },
  { value: 'expert', label: '专家学者' },
  { value: 'other', label: '其他' },
] as const)

export const opinionChannels = options([
  { value: 'online', label: '网上提交' },
  { value: 'offline', label: '信息采集点线下收集' },
] as const)

export const opinionStatuses = options([
  { value: 'received', label: '已收到' },
  { value: 'sorted', label: '已整理' },
  { value: 'forwarded', label: '已报送上级人大' },
  { value: 'adopted', label: '已采纳' },
  { value: 'not-adopted', label: '未采纳' },
] as const)
export type OpinionStatus = (typeof opinionStatuses)[number]['value']

export const registrationStatuses = options([
  { value: 'confirmed', label: '报名成功' },
  { value: 'waitlisted', label: '候补中' },
  { value: 'cancelled', label: '已取消' },
] as const)
export type RegistrationStatus = (typeof registrationStatuses)[number]['value']
