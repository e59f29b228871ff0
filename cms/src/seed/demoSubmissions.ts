/** Fictitious residents' words for the demo consultations and lectures (names and phones are made up). */
export const demoRegistrants = ['陈伯', '李阿姨', '黄先生', '梁女士', '吴伯', '林小姐', '何先生', '区阿姨', '张先生', '谭女士', '冯伯', '余小姐']

export const demoOpinions: {
  content: string
  name: string
  identity: 'resident' | 'enterprise' | 'lawyer' | 'deputy' | 'official' | 'expert' | 'other'
  locality: string
  category: 'economy' | 'urban' | 'environment' | 'livelihood' | 'culture' | 'governance' | 'rule-of-law'
  offline?: boolean
  /** Offline only: part of the name of the collection point that gathered it (default 英南村, the demo liaison's point). */
  collectionPoint?: string
  wholeDraft?: boolean
}[] = [
  { content: '建议在本条中明确申请程序的办理时限，避免群众多次跑腿。', name: '陈国强', identity: 'resident', locality: '江南街道', category: 'livelihood' },
  { content: '农村老人不会用手机，建议保留线下申请渠道，并由村委会协助办理。', name: '梁桂英', identity: 'resident', locality: '礼乐街道英南村', category: 'livelihood', offline: true },
  { content: '建议对“家庭经济困难”的认定标准作出更具体的规定，便于基层执行。', name: '黄志诚', identity: 'lawyer', locality: '外海街道', category: 'rule-of-law' },
  { content: '企业参与社会救助的税收优惠应在本法中予以明确。', name: '李伟', identity: 'enterprise', locality: '江海区高新区', category: 'economy' },
  { content: '草案整体结构清晰，建议增加一章专门规定监督检查和法律责任的衔接。', name: '吴建平', identity: 'deputy', locality: '江南街道', category: 'rule-of-law', wholeDraft: true },
  { content: '村里有残疾人家庭，希望救助金能按月按时发放，不要拖延。', name: '区少芳', identity: 'resident', locality: '礼乐街道英南村', category: 'livelihood', offline: true },
  { content: '建议明确社会工作者和志愿者参与救助服务的保障措施。', name: '何思敏', identity: 'expert', locality: '五邑大学', category: 'culture' },
  { content: '对骗取救助的行为，建议规定追回款项的具体程序。', name: '林卓', identity: 'official', locality: '江南街道', category: 'governance' },
  // Gathered at another point than the demo liaison's: the liaison must not see it.
  { content: '归侨侨眷中有不少独居老人，建议将侨眷困难家庭纳入临时救助的重点对象。', name: '甄美华', identity: 'resident', locality: '外海街道', category: 'livelihood', offline: true, collectionPoint: '侨务局' },
]
