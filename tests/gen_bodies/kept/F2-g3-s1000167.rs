// finding: F2-teardown-in-let-else
// seed: 1000167
// expect `drain` => L1 end
// expect `take 0 close` => close
// expect `take 0 cancel` => cancel
// expect `take 0 drop` => drop
// expect `take 0 mid 1 close` => L1 end close
// expect `take 0 mid 1 cancel` => L1 end cancel
// expect `take 0 mid 1 drop` => L1 end drop
// expect `take 0 mid 2 close` => L1 end close
// expect `take 0 mid 2 cancel` => L1 end cancel
// expect `take 0 mid 2 drop` => L1 end drop
// expect `take 0 mid 3 close` => L1 end close
// expect `take 0 mid 3 cancel` => L1 end cancel
// expect `take 0 mid 3 drop` => L1 end drop
// expect `take 1 close` => L1 end close
// expect `take 1 cancel` => L1 end cancel
// expect `take 1 drop` => L1 end drop
// expect `take 1 mid 1 close` => L1 end close
// expect `take 1 mid 1 cancel` => L1 end cancel
// expect `take 1 mid 1 drop` => L1 end drop
// expect `take 1 mid 2 close` => L1 end close
// expect `take 1 mid 2 cancel` => L1 end cancel
// expect `take 1 mid 2 drop` => L1 end drop
// expect `take 1 mid 3 close` => L1 end close
// expect `take 1 mid 3 cancel` => L1 end cancel
// expect `take 1 mid 3 drop` => L1 end drop
// expect `take 2 close` => L1 end close
// expect `take 2 cancel` => L1 end cancel
// expect `take 2 drop` => L1 end drop
// expect `take 2 mid 1 close` => L1 end close
// expect `take 2 mid 1 cancel` => L1 end cancel
// expect `take 2 mid 1 drop` => L1 end drop
// expect `take 2 mid 2 close` => L1 end close
// expect `take 2 mid 2 cancel` => L1 end cancel
// expect `take 2 mid 2 drop` => L1 end drop
// expect `take 2 mid 3 close` => L1 end close
// expect `take 2 mid 3 cancel` => L1 end cancel
// expect `take 2 mid 3 drop` => L1 end drop
// expect `take 5 mid 1 cancel` => L1 end cancel
// expect `take 8 mid 2 cancel` => L1 end cancel
// expect `take 4 mid 2 cancel` => L1 end cancel
// expect `take 3 mid 5 cancel` => L1 end cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    let Some(v1) = ctx.opt(1, 0b1, 1) else {
        teardown! {
            ctx.log("t2");
            ctx.log("t2.");
        }
        ctx.log("s3");
        return;
    };
    ctx.log(format!("L{v1}"));
    return;
}
