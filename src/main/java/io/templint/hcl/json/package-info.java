/**
 * HCL's JSON syntax with Terraform's meaning: {@link io.templint.hcl.json.JsonReader} reads
 * {@code .tf.json}, {@code .tfvars.json} and {@code .tftest.json} files into the same
 * {@link io.templint.hcl.Body} tree as the native syntax.
 *
 * <p>The reader works in stages, none of which recurses per level of JSON nesting:
 * <ol>
 *   <li>{@code Utf8Validator} reports ill-formed UTF-8 (and replaces it, keeping offsets);</li>
 *   <li>{@code JsonTreeReader} streams the bytes through Jackson into a {@code JsonValue} tree that
 *       keeps property order, duplicate names and every token's range ({@code SourcePositions}
 *       turns byte offsets into lines and grapheme-cluster columns in one forward pass);</li>
 *   <li>{@code BodyDecoder} interprets objects as bodies, label levels and blocks following the
 *       declarative schema table {@code TerraformJsonSchema} ({@code BodySchema},
 *       {@code BlockSchema}, {@code ValueMode});</li>
 *   <li>{@code ExpressionDecoder} and {@code StringExpressions} turn attribute values into
 *       expressions: strings as templates, literal strings or native expressions, with positions
 *       inside escaped strings mapped exactly by {@code StringSourceMap}.</li>
 * </ol>
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice. Parse
 * through {@link io.templint.hcl.Hcl}.
 */
package io.templint.hcl.json;
