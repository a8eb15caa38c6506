<?php
// HTML Purifier with its default configuration, as feed readers and CMSs that embed it run it:
// reads HTML on stdin, prints what it keeps. The library's folder is the first argument (see
// feed-plugin.mjs). Only the definition cache is off, so nothing is written into that folder.
require_once $argv[1] . '/HTMLPurifier.auto.php';
$config = HTMLPurifier_Config::createDefault();
$config->set('Cache.DefinitionImpl', null);
echo (new HTMLPurifier($config))->purify(stream_get_contents(STDIN));
