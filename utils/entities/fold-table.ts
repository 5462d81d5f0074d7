// Generated once from Unicode NFD (see tests/unit/entities/fold-table.test.ts, which recomputes it): building it at
// module load cost ~10 ms of NFD calls on every page load.

/** Folded (diacritics dropped, đ → d, lower case) form of U+00C0..U+024F, one char per code unit. */
export const FOLD_LATIN = "aaaaaaæceeeeiiiidnooooo×øuuuuyþßaaaaaaæceeeeiiiidnooooo÷øuuuuyþyaaaaaaccccccccddddeeeeeeeeeegggggggghhħħiiiiiiiiiıĳĳjjkkĸllllllŀŀłłnnnnnnŉŋŋooooooœœrrrrrrssssssssttttŧŧuuuuuuuuuuuuwwyyyzzzzzzſƀɓƃƃƅƅɔƈƈɖɗƌƌƍǝəɛƒƒɠɣƕɩɨƙƙƚƛɯɲƞɵooƣƣƥƥʀƨƨʃƪƫƭƭʈuuʊʋƴƴƶƶʒƹƹƺƻƽƽƾƿǀǁǂǃǆǆǆǉǉǉǌǌǌaaiioouuuuuuuuuuǝaaaaææǥǥggkkooooʒʒjǳǳǳggƕƿnnaaææøøaaaaeeeeiiiioooorrrruuuussttȝȝhhƞȡȣȣȥȥaaeeooooooooyyȴȵȶȷȸȹⱥȼȼƚⱦȿɀɂɂƀʉʌɇɇɉɉɋɋɍɍɏɏ";

/** Folded form of U+1E00..U+1EF9 (Latin Extended Additional: Vietnamese toned vowels), one char per code unit. */
export const FOLD_VIET = "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwyẚſẜẝßẟaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy";

/**
 * Runs of letters of other scripts (Greek, Cyrillic, Armenian …) between U+0370 and U+1FFF, as "start-length" in
 * base 36: a \\p{L} regex over those 7,000 code units cost milliseconds at every page load.
 */
export const OTHER_LETTER_RUNS = `og-5 om-2 oq-4 ov-1 p2-1 p4-3 p8-1 pa-k pv-2b s7-3v wa-4m 10x-12 121-1 128-15 15c-r 167-4 17k-17 19q-2
19t-2r 1cl-1 1d1-2 1da-2 1dm-3 1dr-1 1e8-1 1ea-u 1fx-2h 1ip-1 1je-x 1kk-2 1kq-1 1kw-m 1lm-1 1lw-1 1m0-1
1mo-p 1nk-b 1o0-o 1op-7 1pc-16 1s4-1i 1tp-1 1u8-1 1ug-a 1v5-g 1vp-8 1vz-2 1w3-m 1wq-7 1wy-1 1x2-4 1x9-1
1xq-1 1y4-2 1y7-3 1yo-2 1z0-1 1z9-6 1zj-2 1zn-m 20a-7 20i-2 20l-2 20o-2 21l-4 21q-1 22a-3 22t-9 233-3 237-m
23u-7 242-2 245-5 24d-1 24w-1 25c-2 261-1 26d-8 26n-2 26r-m 27e-7 27m-2 27p-5 27x-1 28s-2 28v-3 29d-1 29v-1
29x-6 2a6-3 2aa-4 2ah-2 2ak-1 2am-2 2ar-2 2aw-3 2b2-c 2c0-1 2dh-8 2dq-3 2du-n 2ei-g 2f1-1 2fs-3 2fw-2 2g0-2
2gw-1 2h1-8 2ha-3 2he-n 2i2-a 2id-5 2il-1 2jg-3 2jk-2 2k1-2 2kk-9 2ku-3 2ky-15 2m5-1 2mm-1 2ms-3 2n3-3 2nu-6
2o5-i 2oq-o 2pf-9 2pp-1 2ps-7 2rl-1c 2sy-2 2tc-7 2v5-2 2v8-1 2va-5 2vg-o 2w5-1 2w7-a 2wi-2 2wt-1 2ww-5 2x2-1
2xo-4 2yo-1 30g-8 30p-10 32g-5 35s-17 37j-1 380-6 38a-4 38h-1 38l-2 38u-3 391-d 39q-1 3a8-12 3bb-1 3bh-1
3bk-17 3cs-99 3m2-4 3m8-7 3mg-1 3mi-4 3mo-15 3nu-4 3o0-x 3oy-4 3p4-7 3pc-1 3pe-4 3pk-f 3q0-1l 3rm-4 3rs-1v
3uo-g 3vk-2e 3y0-6 3y9-h8 4fj-h 4g1-q 4gw-23 4j5-8 4jk-i 4kf-j 4lc-i 4m8-d 4mm-3 4n4-1g 4pj-1 4po-1 4rk-2h
4u8-5 4uf-y 4ve-1 4vk-1y 4xs-v 500-u 50w-5 51c-18 52o-q 54w-n 55s-1h 59j-1 5c5-1b 5dx-8 5fn-u 5gu-2 5h6-18
5j4-10 5l9-3 5lm-10 5mo-b 5n4-17 5od-3 5pl-4 5pq-6 5px-2 5q2-1 5q8-5c 5xc-7q 654-6 65c-12 66g-6 66o-8 66x-1
66z-1 671-1 673-v 680-1h 69i-7 69q-1 69u-3 69y-7 6a8-4 6ae-6 6ao-d 6b6-3 6ba-7`;
