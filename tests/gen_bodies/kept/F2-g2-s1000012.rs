// finding: F2-teardown-in-let-else
// seed: 1000012
// expect `drain` => w2- w1- j1 item 3 s7 t5 w6- t5. t10 t10. end
// expect `take 0 close` => close
// expect `take 0 cancel` => cancel
// expect `take 0 mid 1 close` => gaveup w2- w1- j1 t10 t10. close
// expect `take 0 mid 1 cancel` => gaveup w1x w2x t10 t10. cancel
// expect `take 0 mid 2 close` => w2- gaveup w1- j1 t10 t10. close
// expect `take 0 mid 2 cancel` => w2- gaveup w1x t10 t10. cancel
// expect `take 0 mid 3 close` => w2- w1- j1 item 3 t10 t10. close
// expect `take 0 mid 3 cancel` => w2- w1- j1 item 3 t10 t10. cancel
// expect `take 1 close` => w2- w1- j1 item 3 t10 t10. close
// expect `take 1 cancel` => w2- w1- j1 item 3 t10 t10. cancel
// expect `take 1 mid 1 close` => w2- w1- j1 item 3 s7 t5 gaveup w6- t5. t10 t10. close
// expect `take 1 mid 1 cancel` => w2- w1- j1 item 3 s7 t5 gaveup w6- t5. t10 t10. cancel
// expect `take 1 mid 2 close` => w2- w1- j1 item 3 s7 t5 w6- t5. t10 t10. end close
// expect `take 1 mid 2 cancel` => w2- w1- j1 item 3 s7 t5 w6- t5. t10 t10. end cancel
// expect `take 1 mid 3 close` => w2- w1- j1 item 3 s7 t5 w6- t5. t10 t10. end close
// expect `take 1 mid 3 cancel` => w2- w1- j1 item 3 s7 t5 w6- t5. t10 t10. end cancel
// expect `take 2 close` => w2- w1- j1 item 3 s7 t5 w6- t5. t10 t10. end close
// expect `take 2 cancel` => w2- w1- j1 item 3 s7 t5 w6- t5. t10 t10. end cancel
// expect `take 2 mid 1 close` => w2- w1- j1 item 3 s7 t5 w6- t5. t10 t10. end close
// expect `take 2 mid 1 cancel` => w2- w1- j1 item 3 s7 t5 w6- t5. t10 t10. end cancel
// expect `take 2 mid 2 close` => w2- w1- j1 item 3 s7 t5 w6- t5. t10 t10. end close
// expect `take 2 mid 2 cancel` => w2- w1- j1 item 3 s7 t5 w6- t5. t10 t10. end cancel
// expect `take 2 mid 3 close` => w2- w1- j1 item 3 s7 t5 w6- t5. t10 t10. end close
// expect `take 2 mid 3 cancel` => w2- w1- j1 item 3 s7 t5 w6- t5. t10 t10. end cancel
// expect `take 8 mid 4 cancel` => w2- w1- j1 item 3 s7 t5 w6- t5. t10 t10. end cancel
// expect `take 7 close` => w2- w1- j1 item 3 s7 t5 w6- t5. t10 t10. end close
// expect `take 3 mid 5 close` => w2- w1- j1 item 3 s7 t5 w6- t5. t10 t10. end close
// expect `take 8 cancel` => w2- w1- j1 item 3 s7 t5 w6- t5. t10 t10. end cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t10");
        ctx.log("t10.");
    }
    futures::join!(async { W::new(&ctx, 1, 2).await; ctx.log("j1"); }, W::new(&ctx, 2, 1));
    yield_!(3);
    let Some(v4) = ctx.opt(4, 0b0, 2) else {
        teardown! {
            ctx.log("t5");
            W::new(&ctx, 6, 1).await;
            ctx.log("t5.");
        }
        ctx.log("s7");
        return;
    };
    ctx.log(format!("L{v4}"));
    futures::join!(async { W::new(&ctx, 8, 1).await; ctx.log("j8"); }, W::new(&ctx, 9, 0));
}
