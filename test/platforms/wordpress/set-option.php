<?php
// Sets the WordPress option named as the first argument to the second (Settings screens' options).
$_SERVER['HTTP_HOST'] = parse_url(getenv('LEADERSHIP_WP_URL'), PHP_URL_HOST);
require getenv('LEADERSHIP_WP_ROOT') . '/wp-load.php';
update_option($argv[1], $argv[2]);
