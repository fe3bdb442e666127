package io.templint.terraform.source;

import java.util.List;

/**
 * Template files that hand every call to other template files: a base for views that change one
 * thing (the bytes of some files, a record of what is listed) and must keep everything else,
 * including the methods with defaults, exactly as the files they wrap.
 *
 * <p>Internal helper, not part of templint's supported API.
 */
public class ForwardingTemplateFiles implements TemplateFiles {

    private final TemplateFiles inner;

    /** Files that behave as {@code inner}. */
    public ForwardingTemplateFiles(TemplateFiles inner) {
        this.inner = inner;
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public boolean isDirectory(String dir) {
        return inner.isDirectory(dir);
    }

    @Override
    public boolean isFile(String path) {
        return inner.isFile(path);
    }

    @Override
    public List<String> fileNames(String dir) throws TemplateSourceException {
        return inner.fileNames(dir);
    }

    @Override
    public List<String> directoryNames(String dir) throws TemplateSourceException {
        return inner.directoryNames(dir);
    }

    @Override
    public String folderIdentity(String dir) {
        return inner.folderIdentity(dir);
    }

    @Override
    public byte[] read(String path) throws TemplateSourceException {
        return inner.read(path);
    }

    @Override
    public String resolve(String dir, String relative) {
        return inner.resolve(dir, relative);
    }

    @Override
    public boolean leadsOutside(String path) {
        return inner.leadsOutside(path);
    }

    @Override
    public int parentLevels() {
        return inner.parentLevels();
    }

    @Override
    public boolean onDisk() {
        return inner.onDisk();
    }
}
