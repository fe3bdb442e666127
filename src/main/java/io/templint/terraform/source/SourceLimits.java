package io.templint.terraform.source;

/**
 * Limits that protect the reader of an untrusted template: every limit that is exceeded ends
 * reading with a {@link TemplateSourceException} that names the entry and the limit.
 *
 * @param maxEntries          most entries (files and directories) an archive or folder may hold
 * @param maxTotalBytes       most bytes of file content in all
 * @param maxFileBytes        most bytes of one file
 * @param maxCompressionRatio largest ratio of uncompressed file content to compressed input that
 *                            is accepted once {@link #RATIO_GRACE_BYTES} have been produced (a
 *                            "zip bomb" has ratios in the thousands; text compresses 5-20 fold)
 * @param maxPathLength       longest entry path, in characters
 * @param maxDepth            deepest directory nesting of an entry
 * @param maxConfigBytes      most bytes of configuration ({@code .tf}, {@code .tf.json} files of the
 *                            modules loaded) parsed for one template: the parsed trees take up to
 *                            about 40 times their source, so this bounds an analysis's memory
 */
public record SourceLimits(int maxEntries, long maxTotalBytes, long maxFileBytes, int maxCompressionRatio,
                           int maxPathLength, int maxDepth, long maxConfigBytes) {

    /** Uncompressed bytes produced before the compression ratio is checked: small inputs compress oddly. */
    public static final long RATIO_GRACE_BYTES = 1L << 20;

    /**
     * The default of {@link #maxConfigBytes()}: 2 MiB, four times the largest real module tree seen
     * (the EKS and VPC modules with their examples, about 0.5 MB), and about 90 MB of trees at worst.
     */
    public static final long DEFAULT_MAX_CONFIG_BYTES = 2L << 20;

    /**
     * 10,000 entries, 64 MiB in all, 10 MiB per file (Coder's provisioner keeps no more of a file,
     * silently: a longer file would be analysed as other content than Terraform gets), ratio 100,
     * paths of 4096 characters, depth 64, 2 MiB of configuration parsed.
     */
    public static final SourceLimits DEFAULTS =
        new SourceLimits(10_000, 64L << 20, 10L << 20, 100, 4096, 64, DEFAULT_MAX_CONFIG_BYTES);

    public SourceLimits {
        if (maxEntries < 1 || maxTotalBytes < 0 || maxFileBytes < 0 || maxCompressionRatio < 1
                || maxPathLength < 1 || maxDepth < 1 || maxConfigBytes < 0) {
            throw new IllegalArgumentException("source limits must be positive");
        }
    }

    /** Limits with the default {@link #maxConfigBytes()}. */
    public SourceLimits(int maxEntries, long maxTotalBytes, long maxFileBytes, int maxCompressionRatio,
                        int maxPathLength, int maxDepth) {
        this(maxEntries, maxTotalBytes, maxFileBytes, maxCompressionRatio, maxPathLength, maxDepth,
            DEFAULT_MAX_CONFIG_BYTES);
    }

    /** A copy with another entry limit. */
    public SourceLimits withMaxEntries(int value) {
        return new SourceLimits(value, maxTotalBytes, maxFileBytes, maxCompressionRatio, maxPathLength, maxDepth, maxConfigBytes);
    }

    /** A copy with another limit on all bytes. */
    public SourceLimits withMaxTotalBytes(long value) {
        return new SourceLimits(maxEntries, value, maxFileBytes, maxCompressionRatio, maxPathLength, maxDepth, maxConfigBytes);
    }

    /** A copy with another limit on one file's bytes. */
    public SourceLimits withMaxFileBytes(long value) {
        return new SourceLimits(maxEntries, maxTotalBytes, value, maxCompressionRatio, maxPathLength, maxDepth, maxConfigBytes);
    }

    /** A copy with another compression ratio limit. */
    public SourceLimits withMaxCompressionRatio(int value) {
        return new SourceLimits(maxEntries, maxTotalBytes, maxFileBytes, value, maxPathLength, maxDepth, maxConfigBytes);
    }

    /** A copy with another limit on the configuration bytes parsed. */
    public SourceLimits withMaxConfigBytes(long value) {
        return new SourceLimits(maxEntries, maxTotalBytes, maxFileBytes, maxCompressionRatio, maxPathLength, maxDepth,
            value);
    }
}
