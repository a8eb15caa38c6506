<?php
/**
 * Runs WordPress's own content filters (Debian's `wordpress` package) over standard input, in
 * the order given as arguments, e.g. `php wordpress-filters.php wptexturize wpautop`: the real
 * PHP functions, loaded without a database. Used by test/server/paste-plugin.mjs.
 */
define('ABSPATH', '/usr/share/wordpress/');
define('WPINC', 'wp-includes');
require ABSPATH . WPINC . '/load.php';
require ABSPATH . WPINC . '/plugin.php';
require ABSPATH . WPINC . '/functions.php';
require ABSPATH . WPINC . '/l10n.php';
require ABSPATH . WPINC . '/pomo/translations.php';
require ABSPATH . WPINC . '/formatting.php';
require ABSPATH . WPINC . '/kses.php';
require ABSPATH . WPINC . '/shortcodes.php';
// The options these filters read, answered before get_option() would ask a database.
add_filter('pre_option_blog_charset', function () { return 'UTF-8'; });
add_filter('pre_option_use_smilies', function () { return '0'; });

$allowed = ['wptexturize', 'wpautop', 'shortcode_unautop', 'wp_kses_post'];
$html = stream_get_contents(STDIN);
foreach (array_slice($argv, 1) as $filter) {
  if (!in_array($filter, $allowed, true)) {
    fwrite(STDERR, "unknown filter $filter\n");
    exit(2);
  }
  $html = $filter($html);
}
echo $html;
