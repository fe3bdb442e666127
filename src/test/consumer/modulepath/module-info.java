module consumer {
    requires io.templint;
}
