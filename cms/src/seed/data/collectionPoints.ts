import type { CollectionPointSeed } from './types'

/**
 * 立法信息收集点、立法联络单位和人大代表联络室（演示内容）。
 * 联络员姓名和电话均为虚构。
 */
export const collectionPoints: CollectionPointSeed[] = [
  {
    slug: 'district-political-legal-committee',
    name: '中共江门市江海区委政法委员会立法信息收集点',
    kind: 'collection-point',
    address: '江门市江海区东海路江海区行政服务大楼',
    subjectAreas: ['rule-of-law', 'governance'],
    description: '依托区委政法委统筹政法工作的优势，重点收集平安建设、社会治安综合治理、矛盾纠纷多元化解、网格化管理等方面的立法意见，并组织政法单位就刑事、治安、反电信网络诈骗等法律草案开展研讨。',
    liaisonName: '黄志明',
    liaisonPhone: '13902731468'
  },
  {
    slug: 'district-peoples-court',
    name: '江门市江海区人民法院立法信息收集点',
    kind: 'collection-point',
    address: '江门市江海区江海三路江海区人民法院',
    subjectAreas: ['rule-of-law', 'livelihood'],
    description: '发挥审判工作贴近纠纷一线的优势，结合婚姻家庭、民间借贷、物业服务、劳动争议、道路交通事故等案件审理中发现的法律适用问题提出立法建议，并组织法官参与立法讲坛和普法讲座。',
    liaisonName: '梁慧珊',
    liaisonPhone: '13929015572'
  },
  {
    slug: 'district-economic-promotion-bureau',
    name: '江门市江海区经济促进局立法信息收集点',
    kind: 'collection-point',
    address: '江门市江海区江海一路江海区行政服务大楼',
    subjectAreas: ['economy', 'environment'],
    description: '联系辖区规模以上工业企业、高新技术企业和各行业商会、协会，重点收集优化营商环境、民营经济促进、中小企业发展、安全生产、节能环保等方面的法律法规意见，是企业反映立法诉求的直通车。',
    liaisonName: '李振宇',
    liaisonPhone: '13980926341'
  },
  {
    slug: 'district-overseas-chinese-bureau',
    name: '江门市江海区侨务局立法信息收集点',
    kind: 'collection-point',
    address: '江门市江海区东海路江海区行政服务大楼',
    subjectAreas: ['culture', 'livelihood'],
    description: '江门是著名侨乡。收集点联系归侨侨眷、海外侨胞、港澳同胞和侨资企业，重点收集华侨权益保护、侨捐项目管理、侨房政策、出入境与国籍、涉侨婚姻家庭与继承等方面的立法意见，可通过线上方式听取海外侨胞意见。',
    liaisonName: '区婉仪',
    liaisonPhone: '13926198805'
  },
  {
    slug: 'lile-yingnan-village',
    name: '礼乐街道英南村立法信息收集点',
    kind: 'collection-point',
    address: '江门市江海区礼乐街道英南村村民委员会',
    subjectAreas: ['livelihood', 'governance', 'environment'],
    description: '设在村委会的农村立法信息收集点，依托村民议事会和村口袋法治广场，重点收集农村土地承包、宅基地、村民自治、农村养老、移风易俗（彩礼）、农村人居环境整治等方面的意见，让村民在家门口参与国家立法。',
    liaisonName: '陈少强',
    liaisonPhone: '13922374019'
  },
  {
    slug: 'jiangcui-community-liaison-unit',
    name: '江南街道江翠社区立法联络单位',
    kind: 'liaison-unit',
    address: '江门市江海区江南街道江翠社区居委会',
    subjectAreas: ['livelihood', 'urban', 'rule-of-law', 'culture'],
    description: '江海区基层立法联系点的示范阵地，实行“立法联系点＋社区议事＋人大代表联络室”三位一体运作。定期举办立法讲坛和普法讲座，配有具有法学专业背景的专职工作人员，重点收集物业管理、养老服务、未成年人保护、城市管理等方面的意见。',
    liaisonName: '林嘉欣',
    liaisonPhone: '13992860137'
  },
  {
    slug: 'jiangnan-deputy-liaison-room',
    name: '江南街道人大代表联络室',
    kind: 'deputy-room',
    address: '江门市江海区江南街道办事处一楼',
    subjectAreas: ['governance', 'livelihood', 'urban'],
    description: '五级人大代表定期进站接待群众，听取群众对法律法规草案和社会治理问题的意见建议。代表参与矛盾纠纷人民调解，收集到的立法意见由联络室整理后报送区人大常委会。',
    liaisonName: '吴伟雄',
    liaisonPhone: '13931478260'
  }
]
