package io.parley.tenant;

import io.parley.tenant.problem.InvalidInput;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** A validated page request: page from 0, size 1..200. */
public record PageQuery(int page, int size) {

    public static final int MAX_SIZE = 200;

    public PageQuery {
        if (page < 0) {
            throw InvalidInput.field("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw InvalidInput.field("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    public PageRequest toPageable(Sort sort) {
        return PageRequest.of(page, size, sort);
    }
}
