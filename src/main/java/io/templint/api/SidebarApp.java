package io.templint.api;


/**
 * The {@code coder_app} a Task shows in its sidebar.
 *
 * @param address     the app's address
 * @param slug        its slug, when statically known
 * @param displayName its display name, when statically known
 * @param agent       the address of the agent it runs on, when known
 * @param expression  the source text of the {@code app_id} / {@code sidebar_app.id} expression
 * @param url         its url, when set and known
 * @param command     its command, when set and known
 * @param file        the file of the app's declaration
 * @param line        the line of the app's declaration
 * @param planned     false when the app has no instance at Coder's import ({@code count = 0} with
 *                    import-time values, its own or a module call's)
 */
public record SidebarApp(String address, String slug, String displayName, String agent, String expression,
                         String url,
                         String command,
                         String file, int line, boolean planned) {
}
