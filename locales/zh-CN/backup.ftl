# 备份与恢复：整个数据库的加密备份文件。

backup-progress-writing = 正在备份
backup-progress-reading = 正在核验并恢复
backup-done = 已备份至 { $file }。
backup-restored = 已从备份文件恢复数据库 { $path }。
backup-restored-previous = 原数据库已移至 { $previous }，核对无误后可自行删除。
backup-error-not-archive = { $file } 不是 service-desk 的备份文件，未作任何恢复。请核对文件后重试。
backup-error-newer-format = 备份文件 { $file } 由更新版本的 service-desk 生成，本版本无法恢复；现有数据库未作任何改动。请升级本程序后再恢复。
backup-error-damaged = 备份文件 { $file } 已损坏或被改动，无法恢复；现有数据库未作任何改动。请换用另一份备份。
backup-error-truncated = 备份文件 { $file } 不完整（可能复制时中断），无法恢复；现有数据库未作任何改动。请重新复制或换用另一份备份。
backup-error-wrong-key = 备份文件 { $file } 不是用当前密钥加密的，无法恢复；现有数据库未作任何改动。
backup-error-read = 无法读取备份文件 { $file }。请检查文件是否存在、是否有读取权限。
backup-error-write = 无法写入备份文件 { $file }。请检查目标位置是否可写、空间是否足够。
backup-error-not-a-store = 文件夹 { $path } 中有其他文件，不是数据库文件夹，未予覆盖。请指定一个空文件夹或数据库文件夹。
