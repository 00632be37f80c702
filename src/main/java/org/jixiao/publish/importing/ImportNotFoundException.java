package org.jixiao.publish.importing;

import org.jixiao.kernel.NotFoundException;

/** No import batch with this id. */
public class ImportNotFoundException extends NotFoundException {
    public ImportNotFoundException(long id) {
        super("导入批次 " + id + " 不存在", "import " + id + " not found");
    }
}
