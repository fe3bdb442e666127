# expect: 2:8 Missing item separator
a = [1 2]
