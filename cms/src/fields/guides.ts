/**
 * Help lines for staff (admin.description) that several forms repeat, one wording each. Written for publicity
 * staff, not engineers: what is public, when residents see it, what happens on publish, personal-data rules.
 */
export const guide = {
  /** Public content with drafts and scheduled publishing (access/publicContent.ts, cms/src/publishing/). */
  publishing: '点“发布”后网站几秒内自动更新；“保存草稿”不会公开；“预约发布”到点自动上线。',
  /** Collections the public never reads. */
  staffOnly: '仅工作人员可见，不在网站公开。',
  /** Submissions (privacy/personalFields.ts, privacy/retention.ts). */
  personal: '含群众个人信息：只用于办理，不外传、不截图转发；保存期满后系统自动删除姓名、电话等。',
  /** The civic record (fields/locked.ts). */
  locked: '群众提交的内容保存后谁都不能修改，更正写在“内部备注”。',
  /** Public uploads (collections/Media.ts: anyone reads). */
  publicFile: '上传后任何人都能通过链接打开：不要上传身份证、名单、带手机号的照片等个人信息。',
} as const
