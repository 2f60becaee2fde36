/* Types, classes and descriptors (vm layer): internals shared by type.c,
 * object.c and descr.c. */
#ifndef PYCLAVE_VM_TYPE_H
#define PYCLAVE_VM_TYPE_H

#include "vm/object.h"

static inline Type *vm_as_type(Val v) { return (Type *)(void *)val_obj(v); }
static inline bool vm_is_typeobj(Val v) { return !val_is_small(v) && (vm_typeof(v)->flags & VM_TF_TYPE_SUBCLASS); }

/* The slot a dunder fills, for slot wrappers and class slot updates. */
enum vm_slot_id {
    SLOT_REPR, SLOT_STR, SLOT_HASH, SLOT_LT, SLOT_LE, SLOT_EQ, SLOT_NE, SLOT_GT, SLOT_GE,
    SLOT_GETATTRIBUTE, SLOT_GETATTR, SLOT_SETATTR, SLOT_DELATTR, SLOT_CALL, SLOT_ITER, SLOT_NEXT,
    SLOT_GET, SLOT_SET, SLOT_DELETE, SLOT_INIT, SLOT_NEW, SLOT_LEN, SLOT_GETITEM, SLOT_SETITEM,
    SLOT_DELITEM, SLOT_CONTAINS, SLOT_BOOL, SLOT_INT, SLOT_FLOAT, SLOT_INDEX, SLOT_NEG, SLOT_POS,
    SLOT_ABS, SLOT_INVERT, SLOT_DIVMOD, SLOT_RDIVMOD,
    SLOT_BINOP,                                /* + VM_OP_*: __add__ ... */
    SLOT_RBINOP = SLOT_BINOP + VM_OP_COUNT,    /* __radd__ ... */
    SLOT_IBINOP = SLOT_RBINOP + VM_OP_COUNT,   /* __iadd__ ... */
    SLOT__COUNT = SLOT_IBINOP + VM_OP_COUNT
};

extern const char *const vm_slot_names[SLOT__COUNT];

/* Address of the Val field at byte offset off of object o (checked against
 * the type's instance size).  The one place that computes field addresses
 * from offsets (instance __dict__ and __slots__).  Always inline: the
 * interpreter's __slots__ fast path calls it on every attribute access. */
__attribute__((always_inline)) static inline Val *vm_obj_field(Val o, size_t off)
{
    Type *t = vm_typeof(o);
    if (off < sizeof(Obj) || off + sizeof(Val) > t->basicsize || off % sizeof(Val)) cr_panic_bounds();
    return (Val *)(void *)((char *)(void *)val_obj(o) + off); /* boundary: checked offset */
}
Val vm_obj_dict_create(Val o);
/* The instance __dict__ of o, created on demand; NULL (no error) if o has none.
 * Inline: every attribute access of an instance starts here. */
static inline Val vm_obj_dict(Val o, bool create)
{
    if (val_is_small(o)) return NULL;
    Type *t = vm_typeof(o);
    /* Built-in types may reserve a dict slot for their subclasses' instances
     * (dict_offset) without their own instances having a __dict__. */
    if (!t->dict_offset || !(t->flags & VM_TF_HAS_DICT)) return NULL;
    Val d = *vm_obj_field(o, t->dict_offset);
    if (d == NULL && create) return vm_obj_dict_create(o);
    return d;
}

/* Bumped together with any type's version (a namespace or MRO change of
 * any type): the interpreter's attribute caches check this one counter. */
extern uint64_t vm_type_epoch;

/* Recompute the slots of a heap type (and its subclasses) after its
 * namespace changed. */
void vm_type_update_slots(Type *t);
/* C.__bases__ = v (type.c): checks, new MRO for C and its subclasses. */
int vm_type_set_bases(Type *t, Val v);
/* Class instance layout: Obj header then the __dict__ Val then __slots__. */
typedef struct {
    Obj base;
    Val dict;
} InstanceObj;

Val vm_slot_wrapper_new(Type *owner, int slot);
Val vm_member_descr_new(Type *owner, Val name, size_t offset);
/* If descr is a member descriptor (__slots__) that applies to instances of
 * t: true with the offset of its field (valid for vm_obj_field on them).
 * For the interpreter's attribute caches. */
bool vm_member_descr_offset(Val descr, Type *t, size_t *offset);
/* CALL_FUNCTION of a class (exact metaclass type) whose instances come
 * from object.__new__ and whose __init__ is a Python function: the new
 * instance made from the positional args, with *init that function; the
 * caller then calls init(obj, *args) and checks it returned None, as
 * type_call + slot_init would.  NULL without an exception: not such a
 * class (make the normal call); NULL with one: the error. */
Val vm_type_new_for_init(Val callable, Val *args, size_t nargs, Val *init);
Val vm_staticmethod_new(Val f);
Val vm_classmethod_new(Val f);

/* From ceval/func.c (the VM engineer's): descriptors of built-in methods. */
Val vm_method_descr_new(Type *owner, const vm_methoddef *def);
Val vm_getset_descr_new(Type *owner, const vm_getsetdef *def);

int vm_types_init(void);
int vm_errors_init(Val builtins_dict);
int vm_generics_init(void); /* GenericAlias, UnionType (genericalias.c) */
int vm_builtins_init(Val module);
/* The __dict__ descriptor of classes whose instances have a dict. */
Val vm_instance_dict_descr(Type *t);

#endif
