<?php
// Activates the theme named as the first argument (its directory name).
$_SERVER['HTTP_HOST'] = parse_url(getenv('LEADERSHIP_WP_URL'), PHP_URL_HOST);
require getenv('LEADERSHIP_WP_ROOT') . '/wp-load.php';
switch_theme($argv[1]);
if (get_stylesheet() !== $argv[1]) {
  fwrite(STDERR, "theme {$argv[1]} is not available");
  exit(1);
}
