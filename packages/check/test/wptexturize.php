<?php
// Runs WordPress's own wptexturize() (Debian's `wordpress` package) over stdin, as the_content
// does to a post, for the "quotes curled" fixture: a paste whose quotes are literal characters
// (a hand copy, or the 0.1.0 snippet; today's snippet writes them as references wptexturize
// leaves alone). The fixture was made with:
//   php packages/check/test/wptexturize.php < OLD-SNIPPET.html > packages/check/test/pages/texturized-embed.html
define('ABSPATH', getenv('WORDPRESS_DIR') ?: '/usr/share/wordpress/');
define('WPINC', 'wp-includes');
require ABSPATH . WPINC . '/plugin.php';
require ABSPATH . WPINC . '/pomo/translations.php';
require ABSPATH . WPINC . '/l10n.php';
require ABSPATH . WPINC . '/shortcodes.php';
require ABSPATH . WPINC . '/formatting.php';
echo wptexturize(file_get_contents('php://stdin'));
