# 服务清单页面和命令行清单输出。

catalogue-count = { $shown }/{ $count } 项
catalogue-search = 搜索
catalogue-search-placeholder = 汉字、拼音、简称或蒙古文，直接输入即可
catalogue-domains = 领域
catalogue-all-domains = 全部
catalogue-items = 服务项目
catalogue-detail = 详细信息
catalogue-no-results = 没有找到相符的服务项目
catalogue-not-specified = 本系统暂无该项的出处依据
catalogue-field-recipients = 服务对象
catalogue-field-standard = 服务指导标准
catalogue-field-funding = 支出责任
catalogue-field-department = 牵头负责单位
catalogue-field-materials = 申请材料
catalogue-field-time-limit = 办理时限
catalogue-field-venue = 办理地点
catalogue-aliases = 俗称和简称
catalogue-source = 依据
catalogue-edition = 适用版本：{ $edition }
catalogue-checked = 内容核对日期
catalogue-checked-never = 尚未核对
catalogue-history = 已被取代的旧规定
catalogue-history-entry = { $field }（适用至{ $until }）：{ $text }（依据：{ $source }）
catalogue-column-id = 编号
catalogue-column-name = 服务项目
catalogue-column-domain = 领域
