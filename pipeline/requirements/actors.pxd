# C types for actors.py's loops over positions (an augmenting .pxd; see hatch_build.py).
cimport cython

@cython.locals(masked=str, close=Py_ssize_t, n=Py_ssize_t)
cpdef Py_ssize_t skip_prefix(sc, Py_ssize_t pos, Py_ssize_t end) except? -1

@cython.locals(n=Py_ssize_t)
cpdef str _follower(sc, Py_ssize_t i, Py_ssize_t end)

cpdef bint _ends_name(sc, Py_ssize_t i) except -1

@cython.locals(masked=str, limit=Py_ssize_t, hs=Py_ssize_t, e=Py_ssize_t, i=Py_ssize_t, checked=Py_ssize_t,
               close=Py_ssize_t, extendable=bint, first_glued=bint, verb=bint)
cpdef _name_end(sc, Py_ssize_t pos, Py_ssize_t end, bint topic_ok, bint party=*, bint loose=*)
