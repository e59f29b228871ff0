import type { SearchSynonym, SiteSetting } from '@lawpoint/content-types'

export const siteSettings: Partial<SiteSetting> = {
  siteName: '江海区基层立法联系点',
  tagline: '接地气 · 聚民智 · 全过程人民民主',
  description:
    '全国人大常委会法工委基层立法联系点（江门市江海区）：发布法律法规草案征求意见，组织普法讲座和宪法广场活动，收集群众对立法工作的意见建议。',
  contact: {
    address: '广东省江门市江海区江南街道江翠社区立法联系点',
    phone: '0750-3860000',
    email: 'lfllxd@jianghai.example.gov.cn',
    hours: '工作日 上午 8:30–12:00，下午 14:30–17:30',
  },
  navigation: [
    { label: '首页', href: '/' },
    { label: '意见征集', href: '/consultations/' },
    { label: '法律法规', href: '/laws/' },
    { label: '民法典', href: '/civil-code/' },
    { label: '普法讲座', href: '/lectures/' },
    { label: '宪法广场', href: '/square-events/' },
    { label: '新闻动态', href: '/news/' },
    { label: '信息采集点', href: '/collection-points/' },
    { label: '关于我们', href: '/about/' },
  ],
  links: [
    { label: '中国人大网', href: 'http://www.npc.gov.cn/' },
    { label: '国家法律法规数据库', href: 'https://flk.npc.gov.cn/' },
    { label: '广东人大网', href: 'https://www.rd.gd.cn/' },
    { label: '江门人大', href: 'http://www.jiangmen.gov.cn/' },
  ],
  footer: '江海区人大常委会 主办　江海区基层立法联系点 承办',
}

export const searchSynonyms: NonNullable<SearchSynonym['entries']> = [
  { term: '彩礼', expansions: ['借婚姻索取财物'] },
  { term: '欠薪', expansions: ['拖欠工资', '劳动报酬'] },
  { term: '欠钱不还', expansions: ['借款', '返还借款'] },
  { term: '高空抛物', expansions: ['从建筑物中抛掷物品'] },
  { term: '楼上掉东西', expansions: ['建筑物中抛掷物品', '坠落'] },
  { term: '遛狗', expansions: ['饲养的动物'] },
  { term: '狗咬人', expansions: ['饲养的动物造成他人损害'] },
  { term: '搭便车', expansions: ['无偿搭乘'] },
  { term: '离婚冷静期', expansions: ['撤回离婚登记申请'] },
  { term: '遗产', expansions: ['继承'] },
]
