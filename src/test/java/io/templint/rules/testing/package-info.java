/**
 * Test utilities for rules: {@link io.templint.rules.testing.RuleTester} runs rules over fixtures
 * with inline {@code # expect:} markers.
 */
package io.templint.rules.testing;
