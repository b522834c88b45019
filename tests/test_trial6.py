"""Shapes met in trial 6 (landslides in a hill district, coverage in South Asian languages, Arabic,
Urdu, French and Spanish). Sentences written for these tests, none a real article's; each test
fails without its rule."""

from __future__ import annotations

import numpy as np

from generator.text.shingles import shingle

# Two different invented Bengali reports that name the same official and the same district.
_BN_A = ("পাহাড়ি জেলায় ধসে মৃতের সংখ্যা বেড়ে ৯১ জনে দাঁড়িয়েছে। রাজ্যের মুখ্যমন্ত্রী সুরেশ কুমার "
         "বলেছেন, উদ্ধারকাজ চলছে। আরও অনেকে নিখোঁজ রয়েছেন।")
_BN_B = ("বৃষ্টির পর নদীর পাড়ে বাঁধ ভেঙেছে। রাজ্যের মুখ্যমন্ত্রী সুরেশ কুমার জানান, তিনটি গ্রাম "
         "জলমগ্ন। সেনাবাহিনী নামানো হয়েছে।")


def test_a_word_with_vowel_signs_is_one_word_to_the_copy_index():
    a, b = shingle(_BN_A), shingle(_BN_B)
    # a four-word name phrase in common is no six-word run
    assert len(np.intersect1d(a.hashes, b.hashes)) == 0
    assert a.size == len(_BN_A.split()) - 5 - 0  # one shingle per word after the first five
    c = shingle(_BN_A + " " + _BN_B)
    assert len(np.intersect1d(a.hashes, c.hashes)) == a.size
