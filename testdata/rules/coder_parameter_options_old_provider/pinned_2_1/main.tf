terraform {
  required_providers {
    coder = {
      source  = "coder/coder"
      version = "~> 2.1.0"
    }
  }
}

data "coder_parameter" "region" {
  name    = "region"
  default = "r0"
  option {
    name  = "Region 0"
    value = "r0"
  }
  option {
    name  = "Region 1"
    value = "r1"
  }
  option {
    name  = "Region 2"
    value = "r2"
  }
  option {
    name  = "Region 3"
    value = "r3"
  }
  option {
    name  = "Region 4"
    value = "r4"
  }
  option {
    name  = "Region 5"
    value = "r5"
  }
  option {
    name  = "Region 6"
    value = "r6"
  }
  option {
    name  = "Region 7"
    value = "r7"
  }
  option {
    name  = "Region 8"
    value = "r8"
  }
  option {
    name  = "Region 9"
    value = "r9"
  }
  option {
    name  = "Region 10"
    value = "r10"
  }
  option {
    name  = "Region 11"
    value = "r11"
  }
  option {
    name  = "Region 12"
    value = "r12"
  }
  option {
    name  = "Region 13"
    value = "r13"
  }
  option {
    name  = "Region 14"
    value = "r14"
  }
  option {
    name  = "Region 15"
    value = "r15"
  }
  option {
    name  = "Region 16"
    value = "r16"
  }
  option {
    name  = "Region 17"
    value = "r17"
  }
  option {
    name  = "Region 18"
    value = "r18"
  }
  option {
    name  = "Region 19"
    value = "r19"
  }
  option {
    name  = "Region 20"
    value = "r20"
  }
  option {
    name  = "Region 21"
    value = "r21"
  }
  option {
    name  = "Region 22"
    value = "r22"
  }
  option {
    name  = "Region 23"
    value = "r23"
  }
  option {
    name  = "Region 24"
    value = "r24"
  }
  option {
    name  = "Region 25"
    value = "r25"
  }
  option {
    name  = "Region 26"
    value = "r26"
  }
  option {
    name  = "Region 27"
    value = "r27"
  }
  option {
    name  = "Region 28"
    value = "r28"
  }
  option {
    name  = "Region 29"
    value = "r29"
  }
  option {
    name  = "Region 30"
    value = "r30"
  }
  option {
    name  = "Region 31"
    value = "r31"
  }
  option {
    name  = "Region 32"
    value = "r32"
  }
  option {
    name  = "Region 33"
    value = "r33"
  }
  option {
    name  = "Region 34"
    value = "r34"
  }
  option {
    name  = "Region 35"
    value = "r35"
  }
  option {
    name  = "Region 36"
    value = "r36"
  }
  option {
    name  = "Region 37"
    value = "r37"
  }
  option {
    name  = "Region 38"
    value = "r38"
  }
  option {
    name  = "Region 39"
    value = "r39"
  }
  option {
    name  = "Region 40"
    value = "r40"
  }
  option {
    name  = "Region 41"
    value = "r41"
  }
  option {
    name  = "Region 42"
    value = "r42"
  }
  option {
    name  = "Region 43"
    value = "r43"
  }
  option {
    name  = "Region 44"
    value = "r44"
  }
  option {
    name  = "Region 45"
    value = "r45"
  }
  option {
    name  = "Region 46"
    value = "r46"
  }
  option {
    name  = "Region 47"
    value = "r47"
  }
  option {
    name  = "Region 48"
    value = "r48"
  }
  option {
    name  = "Region 49"
    value = "r49"
  }
  option {
    name  = "Region 50"
    value = "r50"
  }
  option {
    name  = "Region 51"
    value = "r51"
  }
  option {
    name  = "Region 52"
    value = "r52"
  }
  option {
    name  = "Region 53"
    value = "r53"
  }
  option {
    name  = "Region 54"
    value = "r54"
  }
  option {
    name  = "Region 55"
    value = "r55"
  }
  option {
    name  = "Region 56"
    value = "r56"
  }
  option {
    name  = "Region 57"
    value = "r57"
  }
  option {
    name  = "Region 58"
    value = "r58"
  }
  option {
    name  = "Region 59"
    value = "r59"
  }
  option {
    name  = "Region 60"
    value = "r60"
  }
  option {
    name  = "Region 61"
    value = "r61"
  }
  option {
    name  = "Region 62"
    value = "r62"
  }
  option {
    name  = "Region 63"
    value = "r63"
  }
  # expect: coder_parameter_options_old_provider @3-9 "data.coder_parameter.region has 65 option blocks, and the provider releases the constraint \"~> 2.1.0\" allows (before 2.2.0) take at most 64: Too many option blocks"
  option {
    name  = "Region 64"
    value = "r64"
  }
}
