import type { GlobalConfig } from 'payload'
import { anyone } from '../access/anyone'
import { isStaff } from '../access/isStaff'

/** The words residents search with, mapped to the words the law texts use. Read by the site's search. */
export const SearchSynonyms: GlobalConfig = {
  slug: 'search-synonyms',
  label: '搜索同义词',
  admin: { group: '系统', description: '群众搜索时常用的说法与法律用语的对应关系，例如“欠薪”对应“拖欠工资”“劳动报酬”。保存后网站搜索几秒内更新。' },
  access: { read: anyone, update: isStaff },
  fields: [
    {
      name: 'entries',
      label: '同义词',
      labels: { singular: '词条', plural: '词条' },
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'term', label: '群众说法', type: 'text', required: true, admin: { width: '30%' } },
            { name: 'expansions', label: '对应的法律用语', type: 'text', hasMany: true, required: true, admin: { width: '70%' } },
          ],
        },
      ],
    },
  ],
}
